# Value checks (ARCHITECTURE.md §12): every vendor's sample and lookup requests over the fake network, and over
# loopback against the sandbox (HubSpot -> Mailchimp, Shopify -> Salesforce).
plumbline_add_test(tst_values_requests SOURCES tst_values_requests.cpp CrmTestSupport.h ../common/FakeNetworkAccessManager.h
    LIBS plumbline_connectors Qt6::Network LABELS connectors)
plumbline_add_test(tst_values_sandbox SOURCES tst_values_sandbox.cpp CrmTestSupport.h
    LIBS plumbline_connectors plumbline_sandbox plumbline_models Qt6::Network LABELS connectors sandbox)
