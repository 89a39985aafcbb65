#pragma once

#include <QString>

namespace fornax {

/**
 * One step of placing a transfer's items into their destination folder, as a MergePlan decides
 * it and LocalPlacement (here) or RemotePlacement (on the server) carries it out. Kept apart
 * from MergePlan so that the archive layer can place items without knowing how the plan is made.
 */
struct PlacementOperation
{
    enum class Kind { New, Overwrite, KeepBoth, Replace };
    Kind kind = Kind::New;
    int item = -1;
    QString path; // relative to the target folder, starting with the item's name
    bool isFolder = false; // the incoming one
};

} // namespace fornax
