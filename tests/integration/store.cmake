# A damaged, full or foreign workspace file through the real binary: named errors, failing export, repair.
plumbline_add_test(tst_store_faults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_store_faults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IntegrationSupport.h
    LIBS plumbline_app plumbline_connectors Qt6::Sql Qt6::Network LABELS integration TIMEOUT 300)
add_dependencies(tst_store_faults plumbline)
