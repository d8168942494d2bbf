# Commerce and middleware connectors: Shopify, Make, Zapier, generic REST/JSON (fixtures in data/vendors/<vendor>).
foreach(vendor shopify make zapier generic)
    if(NOT EXISTS ${CMAKE_CURRENT_LIST_DIR}/tst_${vendor}.cpp)
        continue()
    endif()
    plumbline_add_test(tst_${vendor} SOURCES tst_${vendor}.cpp CommerceTestSupport.h ../common/FakeNetworkAccessManager.h
        LIBS plumbline_connectors Qt6::Network LABELS connectors)
endforeach()
