# Commerce and middleware connectors: Shopify, Make, Zapier, generic REST/JSON (fixtures in data/vendors/<vendor>).
foreach(vendor shopify make zapier generic)
    plumbline_add_test(tst_${vendor} SOURCES tst_${vendor}.cpp CommerceTestSupport.h ../common/FakeNetworkAccessManager.h
        LIBS plumbline_connectors Qt6::Network LABELS connectors)
endforeach()
# Loopback runs against the sandbox.
plumbline_add_test(tst_commerce_sandbox SOURCES tst_commerce_sandbox.cpp CommerceTestSupport.h
    LIBS plumbline_connectors plumbline_sandbox plumbline_models Qt6::Network LABELS connectors sandbox)
# Every registered vendor against its descriptor's declaration (connection form, words, capabilities on the sandbox).
plumbline_add_test(tst_vendors SOURCES tst_vendors.cpp CommerceTestSupport.h
    LIBS plumbline_connectors plumbline_sandbox plumbline_models Qt6::Network LABELS connectors sandbox)
