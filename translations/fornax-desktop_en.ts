<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeFacts</name>
    <message numerus="yes">
        <source>Nothing used in the last %n day(s): no forecast.</source>
        <translation>
            <numerusform>Nothing used in the last day: no forecast.</numerusform>
            <numerusform>Nothing used in the last %n days: no forecast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message numerus="yes">
        <source>The hub is starting too many servers at once. It asks to try again in %n second(s).</source>
        <translation>
            <numerusform>The hub is starting too many servers at once. It asks to try again in %n second.</numerusform>
            <numerusform>The hub is starting too many servers at once. It asks to try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBudget</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizeAdvice</name>
    <message numerus="yes">
        <source>Your last %n sessions on %1 peaked at %2 GB and %3 CPUs</source>
        <translation>
            <numerusform>Your last session on %1 peaked at %2 GB and %3 CPUs</numerusform>
            <numerusform>Your last %n sessions on %1 peaked at %2 GB and %3 CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopDiagnosis</name>
    <message numerus="yes">
        <source>%n kernel(s) were running</source>
        <translation>
            <numerusform>%n kernel was running</numerusform>
            <numerusform>%n kernels were running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n busy)</source>
        <translation>
            <numerusform> (%n busy)</numerusform>
            <numerusform> (%n busy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) were open</source>
        <translation>
            <numerusform>%n terminal was open</numerusform>
            <numerusform>%n terminals were open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageWalk</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %1 in %n file(s)</source>
        <translation>
            <numerusform>at least %1 in %n file</numerusform>
            <numerusform>at least %1 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The measurement stopped after %n folder(s), so as not to load the server.</source>
        <translation>
            <numerusform>The measurement stopped after %n folder, so as not to load the server.</numerusform>
            <numerusform>The measurement stopped after %n folders, so as not to load the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) nested too deep were not entered.</source>
        <translation>
            <numerusform>%n folder nested too deep was not entered.</numerusform>
            <numerusform>%n folders nested too deep were not entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read by the server and are not counted.</source>
        <translation>
            <numerusform>%n folder could not be read by the server and is not counted.</numerusform>
            <numerusform>%n folders could not be read by the server and are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) leading back to a folder above them were not followed.</source>
        <translation>
            <numerusform>%n link leading back to a folder above it was not followed.</numerusform>
            <numerusform>%n links leading back to a folder above them were not followed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferConflict</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferMethod</name>
    <message numerus="yes">
        <source>%n files: one archive saves a request per file.</source>
        <translation>
            <numerusform>%n file: one archive saves a request per file.</numerusform>
            <numerusform>%n files: one archive saves a request per file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), no folders: fetched as they are, without packing on the server first.</source>
        <translation>
            <numerusform>%n file, no folders: fetched as they are, without packing on the server first.</numerusform>
            <numerusform>%n files, no folders: fetched as they are, without packing on the server first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message numerus="yes">
        <source>%n damaged usage record(s) were left out.</source>
        <translation>
            <numerusform>%n damaged usage record was left out.</numerusform>
            <numerusform>%n damaged usage records were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usage record(s) written by a newer version of this app are kept but not counted here.</source>
        <translation>
            <numerusform>%n usage record written by a newer version of this app is kept but not counted here.</numerusform>
            <numerusform>%n usage records written by a newer version of this app are kept but not counted here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ActivityHolder</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ArchiveExtractor</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more entries than the %n announced</source>
        <translation>
            <numerusform>more entries than the %n announced</numerusform>
            <numerusform>more entries than the %n announced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::CredentialStore</name>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). If it asks for a password, unlock it and try again.</source>
        <translation>
            <numerusform>The keyring did not answer within %n second. If it asks for a password, unlock it and try again.</numerusform>
            <numerusform>The keyring did not answer within %n seconds. If it asks for a password, unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::NotificationCenter</name>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep alive 1 h”.</source>
        <translation>
            <numerusform>It has been idle; the hub stops it in about %n minute. Use it, or choose “Keep alive 1 h”.</numerusform>
            <numerusform>It has been idle; the hub stops it in about %n minutes. Use it, or choose “Keep alive 1 h”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep it running for an hour” in Fornax Desktop.</source>
        <translation>
            <numerusform>It has been idle; the hub stops it in about %n minute. Use it, or choose “Keep it running for an hour” in Fornax Desktop.</numerusform>
            <numerusform>It has been idle; the hub stops it in about %n minutes. Use it, or choose “Keep it running for an hour” in Fornax Desktop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::TransferJob</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::TransferQueue</name>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, about %n minute left</numerusform>
            <numerusform>, about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n hour(s) left</source>
        <translation>
            <numerusform>, about %n hour left</numerusform>
            <numerusform>, about %n hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::UploadJob</name>
    <message numerus="yes">
        <source>%n file(s) arrived with different contents, for example “%1”. Nothing was placed; try again.</source>
        <translation>
            <numerusform>%n file arrived with different contents: “%1”. Nothing was placed; try again.</numerusform>
            <numerusform>%n files arrived with different contents, for example “%1”. Nothing was placed; try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::CliRunner</name>
    <message numerus="yes">
        <source>Still removing what the command left on your server; at most %n second(s).</source>
        <translation>
            <numerusform>Still removing what the command left on your server; at most %n second.</numerusform>
            <numerusform>Still removing what the command left on your server; at most %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::DownloadCommand</name>
    <message numerus="yes">
        <source>Downloading %n file(s) (%1) as a %2 archive, estimated egress cost %3.</source>
        <translation>
            <numerusform>Downloading %n file (%1) as a %2 archive, estimated egress cost %3.</numerusform>
            <numerusform>Downloading %n files (%1) as a %2 archive, estimated egress cost %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s), %1, into “%2”</source>
        <translation>
            <numerusform>Downloaded %n file, %1, into “%2”</numerusform>
            <numerusform>Downloaded %n files, %1, into “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobBaseCommand</name>
    <message numerus="yes">
        <source>stopping the server saved %1 (against idling until the hub&apos;s %n-minute idle cull)</source>
        <translation>
            <numerusform>stopping the server saved %1 (against idling until the hub&apos;s %n-minute idle cull)</numerusform>
            <numerusform>stopping the server saved %1 (against idling until the hub&apos;s %n-minute idle cull)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopping the server saved %1 (against running until the hub&apos;s %n-hour time limit)</source>
        <translation>
            <numerusform>stopping the server saved %1 (against running until the hub&apos;s %n-hour time limit)</numerusform>
            <numerusform>stopping the server saved %1 (against running until the hub&apos;s %n-hour time limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::RunCommand</name>
    <message numerus="yes">
        <source>Copying %n input(s) to the server…</source>
        <translation>
            <numerusform>Copying %n input to the server…</numerusform>
            <numerusform>Copying %n inputs to the server…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::StatusCommand</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::TransferCommand</name>
    <message numerus="yes">
        <source>%n file(s) meet a folder of the same name (or the reverse); both are kept.</source>
        <translation>
            <numerusform>%n file meets a folder of the same name (or the reverse); both are kept.</numerusform>
            <numerusform>%n files meet a folder of the same name (or the reverse); both are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a folder with %n file(s), %1</source>
        <translation>
            <numerusform>a folder with %n file, %1</numerusform>
            <numerusform>a folder with %n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in merged folders stayed as they were.</source>
        <translation>
            <numerusform>%n file in merged folders stayed as it was.</numerusform>
            <numerusform>%n files in merged folders stayed as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::UploadCommand</name>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1, into %2</source>
        <translation>
            <numerusform>Uploaded %n file, %1, into %2</numerusform>
            <numerusform>Uploaded %n files, %1, into %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::UsageCommand</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n file(s)</source>
        <translation>
            <numerusform>at least %n file</numerusform>
            <numerusform>at least %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::ConflictsDialog</name>
    <message numerus="yes">
        <source>folder, %n file(s), %1</source>
        <translation>
            <numerusform>folder, %n file, %1</numerusform>
            <numerusform>folder, %n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of “%1” already exist in %2. Choose what to do with each; nothing is changed until you continue, and Cancel stops the whole transfer. Folders that exist on both sides are merged: files that exist only there are never deleted.</source>
        <translation>
            <numerusform>%n item of “%1” already exists in %2. Choose what to do with each; nothing is changed until you continue, and Cancel stops the whole transfer. Folders that exist on both sides are merged: files that exist only there are never deleted.</numerusform>
            <numerusform>%n items of “%1” already exist in %2. Choose what to do with each; nothing is changed until you continue, and Cancel stops the whole transfer. Folders that exist on both sides are merged: files that exist only there are never deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::JobsController</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::QuitFlow</name>
    <message numerus="yes">
        <source>The hub did not confirm within %n second(s) that your server stopped.</source>
        <translation>
            <numerusform>The hub did not confirm within %n second that your server stopped.</numerusform>
            <numerusform>The hub did not confirm within %n seconds that your server stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteBrowser</name>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>Deleted %n item.</numerusform>
            <numerusform>Deleted %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s) to</source>
        <translation>
            <numerusform>Download %n item to</numerusform>
            <numerusform>Download %n items to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s) from your server?</source>
        <translation>
            <numerusform>Delete %n item from your server?</numerusform>
            <numerusform>Delete these %n items from your server?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::ServerPresenter</name>
    <message numerus="yes">
        <source>up %n minute(s)</source>
        <translation>
            <numerusform>up %n minute</numerusform>
            <numerusform>up %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stops when idle in %n minute(s)</source>
        <translation>
            <numerusform>stops when idle in %n minute</numerusform>
            <numerusform>stops when idle in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::SignInFlow</name>
    <message numerus="yes">
        <source>The hub could still not be reached to cancel %n sign-in(s) from an earlier sign-out. The app tries again at its next start.</source>
        <translation>
            <numerusform>The hub could still not be reached to cancel %n sign-in from an earlier sign-out. The app tries again at its next start.</numerusform>
            <numerusform>The hub could still not be reached to cancel %n sign-ins from an earlier sign-out. The app tries again at its next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferController</name>
    <message numerus="yes">
        <source>Done, %n skipped</source>
        <translation>
            <numerusform>Done, %n skipped</numerusform>
            <numerusform>Done, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your server is stopped. %n transfer(s) will wait and run as soon as it is ready. Start it now?</source>
        <translation>
            <numerusform>Your server is stopped. %n transfer will wait and run as soon as it is ready. Start it now?</numerusform>
            <numerusform>Your server is stopped. %n transfers will wait and run as soon as it is ready. Start it now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1; %n failed</numerusform>
            <numerusform>%1; %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done</source>
        <translation>
            <numerusform>%n transfer done</numerusform>
            <numerusform>%n transfers done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::UsageDialog</name>
    <message numerus="yes">
        <source>Home folder: not measured yet. The app measures it while your server runs, at most every %n hour(s).</source>
        <translation>
            <numerusform>Home folder: not measured yet. The app measures it while your server runs, at most every %n hour.</numerusform>
            <numerusform>Home folder: not measured yet. The app measures it while your server runs, at most every %n hours.</numerusform>
        </translation>
    </message>
</context>
</TS>
