#include "Notifier.h"

namespace fornax {

Notifier::~Notifier() = default;

} // namespace fornax
