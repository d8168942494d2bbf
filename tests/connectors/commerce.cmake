# Commerce and middleware connectors: Shopify, Make, Zapier, generic REST/JSON (fixtures in data/vendors/<vendor>).
foreach(vendor shopify make zapier generic)
    if(NOT EXISTS ${CMAKE_CURRENT_LIST_DIR}/tst_${vendor}.cpp)
        continue()
    endif()
    plumbline_add_test(tst_${vendor} SOURCES tst_${vendor}.cpp CommerceTestSupport.h ../common/FakeNetworkAccessManager.h
        LIBS plumbline_connectors Qt6::Network LABELS connectors)
endforeach()
# Loopback runs against the sandbox (branch wt-sandbox); registered only once that code is in the tree.
if(EXISTS ${PROJECT_SOURCE_DIR}/connectors/sandbox/SandboxServer.h)
    plumbline_add_test(tst_commerce_sandbox SOURCES tst_commerce_sandbox.cpp CommerceTestSupport.h
        LIBS plumbline_connectors plumbline_models Qt6::Network LABELS connectors sandbox)
endif()
