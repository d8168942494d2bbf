// Source for tst_translations' own checks: lupdate reads these three messages (never compiled).
#include <QCoreApplication>

void fixture()
{
    QCoreApplication::translate("Fixture", "Hello");
    QCoreApplication::translate("Fixture", "%n integration(s)", nullptr, 2);
    QCoreApplication::translate("Fixture", "Open", "verb: open a file");
}
