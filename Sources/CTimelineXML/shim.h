#ifndef CTIMELINEXML_SHIM_H
#define CTIMELINEXML_SHIM_H

/// libxml2 built with ICU includes <unicode/ucnv.h> from its encoding header, and the system ICU's
/// `UErrorCode` then clashes with the copy inside Foundation's `_FoundationICU` module in any Swift module
/// that imports both. The readers only use the HTML parser and the tree, never the ICU-backed converters
/// (whose struct fields are the only thing the macro changes), so the macro is switched off before the
/// encoding header is seen.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
