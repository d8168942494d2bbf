# A damaged, full or foreign workspace file through the real binary: named errors, failing export, repair.
plumbline_add_test(tst_store_faults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_store_faults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IntegrationSupport.h
    LIBS plumbline_app plumbline_connectors Qt6::Sql Qt6::Network LABELS integration TIMEOUT 300)
add_dependencies(tst_store_faults plumbline)

# One poller per workspace: two `run`s and a window, one poll per interval, one notification per transition,
# kill -9 hand-over.
plumbline_add_test(tst_one_poller SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_one_poller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IntegrationSupport.h ${CMAKE_CURRENT_LIST_DIR}/../common/WebhookReceiver.h
    LIBS plumbline_app plumbline_connectors Qt6::Sql Qt6::Network LABELS integration TIMEOUT 300)
add_dependencies(tst_one_poller plumbline)
