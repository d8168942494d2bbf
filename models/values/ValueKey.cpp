#include "ValueNormaliser.h"

namespace plumbline {

QString normaliseKey(const QString& key)
{
    return key.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace plumbline
