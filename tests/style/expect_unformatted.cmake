# The formatting check must fail on a deliberately unformatted file (tests/data/style/ui/Unformatted.cpp), name it,
# and not name the formatted one beside it.
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${FIXTURE} -DCLANG_FORMAT=${CLANG_FORMAT} -P ${CHECKER}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "the formatting check passed an unformatted file:\n${out}${err}")
endif()
string(FIND "${err}" "ui/Unformatted.cpp" named)
if(named LESS 0)
    message(FATAL_ERROR "the formatting check did not name ui/Unformatted.cpp:\n${err}")
endif()
string(FIND "${err}" "app/Formatted.cpp" wrong)
if(NOT wrong LESS 0)
    message(FATAL_ERROR "the formatting check named a formatted file:\n${err}")
endif()
message(STATUS "the formatting check caught the deliberately unformatted file")
