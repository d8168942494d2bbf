# Value checks end to end (ARCHITECTURE.md §12): the real `plumbline check --values` against the sandbox — healthy
# matches, value_drift names the field, the budget holds, and the sandbox's canary person leaves no trace.
plumbline_add_test(tst_values_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_values_e2e.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IntegrationSupport.h
    LIBS plumbline_app plumbline_connectors Qt6::Sql Qt6::Network Qt6Keychain::Qt6Keychain LABELS integration
    TIMEOUT 300)
add_dependencies(tst_values_e2e plumbline)
# The value checker below the command line: its HMAC key, a locked keychain, scheduling and cancel.
plumbline_add_test(tst_valuechecker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_valuechecker.cpp
    LIBS plumbline_app plumbline_connectors plumbline_sandbox Qt6::Sql Qt6::Network LABELS integration TIMEOUT 300)
