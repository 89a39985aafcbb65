#include "TarHeader.h"

#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace fornax {

namespace {

constexpr int NameField = 100;

qint64 padding(qint64 size)
{
    return (TarHeader::BlockSize - size % TarHeader::BlockSize) % TarHeader::BlockSize;
}

// An octal number in a field of `width` bytes, NUL-terminated (ustar).
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray header(const QByteArray &name, qint64 size, qint64 mtime, int mode, char type)
{
    QByteArray block(TarHeader::BlockSize, '\0');
    char *h = block.data();
    std::memcpy(h, name.constData(), size_t(std::min<qsizetype>(name.size(), NameField)));
    putOctal(h + 100, 8, mode);
    putOctal(h + 108, 8, 0); // uid
    putOctal(h + 116, 8, 0); // gid
    // Files over 8 GiB: the base-256 form GNU tar and libarchive read.
    if (size < (qint64(1) << 33)) {
        putOctal(h + 124, 12, size);
    } else {
        h[124] = char(0x80);
        for (int i = 0; i < 8; ++i)
            h[135 - i] = char((size >> (8 * i)) & 0xff);
    }
    putOctal(h + 136, 12, std::max<qint64>(0, mtime));
    h[156] = type;
    // Magic "ustar\0" and version "00": the block is zeros already, so the NUL is there.
    const QByteArrayView magic("ustar00");
    std::copy_n(magic.data(), 5, h + 257);
    std::copy_n(magic.data() + 5, 2, h + 263);
    std::memset(h + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < TarHeader::BlockSize; ++i)
        sum += static_cast<unsigned char>(h[i]);
    putOctal(h + 148, 7, sum);
    h[155] = ' ';
    return block;
}

} // namespace

QByteArray TarHeader::before(const QString &name, qint64 size, qint64 mtime, int mode)
{
    const QByteArray utf8 = name.toUtf8();
    QByteArray out;
    if (utf8.size() > NameField) {
        // GNU's long name: an entry "././@LongLink" of type 'L' whose data is the name.
        const QByteArray data = utf8 + '\0';
        out += header("././@LongLink", data.size(), 0, 0644, 'L');
        out += data;
        out += QByteArray(padding(data.size()), '\0');
    }
    out += header(utf8, size, mtime, mode, '0');
    return out;
}

QByteArray TarHeader::after(qint64 size)
{
    return QByteArray(padding(size), '\0');
}

QByteArray TarHeader::end()
{
    return QByteArray(2 * BlockSize, '\0');
}

qint64 TarHeader::entrySize(const QString &name, qint64 size)
{
    return before(name, 0, 0).size() + size + padding(size);
}

} // namespace fornax
