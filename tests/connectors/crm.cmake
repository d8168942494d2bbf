# HubSpot, Salesforce and Mailchimp connector tests (included by tests/connectors/CMakeLists.txt).
plumbline_add_test(tst_hubspot SOURCES tst_hubspot.cpp CrmTestSupport.h ../common/FakeNetworkAccessManager.h
    LIBS plumbline_connectors Qt6::Network LABELS connectors)
plumbline_add_test(tst_salesforce SOURCES tst_salesforce.cpp CrmTestSupport.h ../common/FakeNetworkAccessManager.h
    LIBS plumbline_connectors Qt6::Network LABELS connectors)
plumbline_add_test(tst_mailchimp SOURCES tst_mailchimp.cpp CrmTestSupport.h ../common/FakeNetworkAccessManager.h
    LIBS plumbline_connectors Qt6::Network LABELS connectors)
# Loopback runs against the sandbox.
plumbline_add_test(tst_crm_sandbox SOURCES tst_crm_sandbox.cpp CrmTestSupport.h
    LIBS plumbline_connectors plumbline_sandbox plumbline_models Qt6::Network LABELS connectors sandbox)
# Token endpoint answers of every vendor (fixtures in data/oauth).
plumbline_add_test(tst_tokenresponse SOURCES tst_tokenresponse.cpp CrmTestSupport.h ../common/FakeNetworkAccessManager.h
    LIBS plumbline_connectors Qt6::Network LABELS connectors)
# The token keeper against a scripted OAuth server on a loopback port.
plumbline_add_test(tst_tokenkeeper SOURCES tst_tokenkeeper.cpp
    LIBS plumbline_connectors plumbline_sandbox plumbline_models Qt6::Network LABELS connectors)
