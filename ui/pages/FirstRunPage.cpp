#include "FirstRunPage.h"

#include "PageParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

FirstRunPage::FirstRunPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"firstRunPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto* heading = pageHeading(tr("Welcome to Plumbline"), this);
    heading->setAlignment(Qt::AlignHCenter);
    layout->addWidget(heading);
    auto* text = new QLabel(tr("Plumbline watches the integrations between your marketing tools — HubSpot, "
                               "Salesforce, Mailchimp, Shopify, Make, Zapier or any REST API — and tells you when "
                               "one quietly stops moving data.\n\nStart by exploring a demo workspace, or add the "
                               "first account you want to watch."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setFixedWidth(560); // a fixed width lets the wrapped label report its full height
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    auto* demo = new QPushButton(tr("Open the &demo workspace"), this);
    demo->setObjectName(u"openDemoButton"_s);
    auto* add = new QPushButton(tr("&Add your first connection"), this);
    add->setObjectName(u"addFirstConnectionButton"_s);
    add->setDefault(true);
    auto* guided = new QPushButton(tr("Set up an integration step by step…"), this);
    guided->setObjectName(u"guidedIntegrationButton"_s);
    buttons->addWidget(demo);
    buttons->addWidget(add);
    buttons->addWidget(guided);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
    connect(add, &QPushButton::clicked, this, &FirstRunPage::addConnectionRequested);
    connect(guided, &QPushButton::clicked, this, &FirstRunPage::guidedIntegrationRequested);
}

} // namespace plumbline
