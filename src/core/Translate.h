#pragma once

#include <QString>

namespace nb {

// What a file's own tr() helper calls. lupdate files a tr() call under the class whose
// member makes it, but under the namespace ("nb") when a free function makes it; one
// helper serves both kinds of caller, so the text is looked up in its class's context
// first, then in the namespace's.
QString translate(const char *context, const char *text);

} // namespace nb
