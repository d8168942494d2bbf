# The translation catalogues: complete in every language, and in step with the sources (lupdate over the sources and
# with the options of the update_translations target, resources/CMakeLists.txt). Label "translations": it fails
# until the catalogues are translated, and after any new tr() string until update_translations runs.
get_property(tr_sources GLOBAL PROPERTY PLUMBLINE_TR_SOURCES)
get_property(lupdate_options GLOBAL PROPERTY PLUMBLINE_LUPDATE_OPTIONS)
list(JOIN tr_sources "\n" tr_sources_lines)
set(lupdate_list ${CMAKE_BINARY_DIR}/tests/lupdate-sources.lst)
# The same include paths as the lupdate project of plumbline_resources.
file(GENERATE OUTPUT ${lupdate_list} CONTENT
    "-I$<JOIN:$<TARGET_PROPERTY:plumbline_resources,INCLUDE_DIRECTORIES>,\n-I>\n${tr_sources_lines}\n")
list(JOIN lupdate_options " " lupdate_options_text)
plumbline_add_test(tst_translations SOURCES tst_translations.cpp LIBS Qt6::Core LABELS "unit;translations"
    TIMEOUT 300)
target_compile_definitions(tst_translations PRIVATE PLUMBLINE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    PLUMBLINE_LUPDATE_LIST="${lupdate_list}" PLUMBLINE_LUPDATE_OPTIONS="${lupdate_options_text}"
    PLUMBLINE_TRANSLATIONS="${CMAKE_SOURCE_DIR}/translations")
