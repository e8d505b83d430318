#ifndef CITETRACE_LIBXML2_SHIM_H
#define CITETRACE_LIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Foundation on Linux brings its own ICU types; libxml2's ICU hooks would clash (UErrorCode). */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#endif
