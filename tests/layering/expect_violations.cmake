# The layering check must fail on a deliberate violation (tests/data/layering: a ui/ file that includes a
# repository, a connectors/ file that includes from app/), and name both.
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${FIXTURE} -P ${CHECKER} RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "the layering check passed a tree with violations:\n${out}${err}")
endif()
foreach(expected "ui/Window.cpp: includes WorkspaceRepository.h" "connectors/Up.cpp: includes ../app/Service.h from app/")
    string(FIND "${err}" "${expected}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the layering check did not name \"${expected}\":\n${err}")
    endif()
endforeach()
string(FIND "${err}" "Service.h from app/ (a layer above ui/)" wrong)
if(NOT wrong LESS 0)
    message(FATAL_ERROR "the layering check flagged an include that points down:\n${err}")
endif()
message(STATUS "the layering check caught both deliberate violations")
