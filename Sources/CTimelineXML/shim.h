#ifndef CTIMELINEXML_SHIM_H
#define CTIMELINEXML_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
