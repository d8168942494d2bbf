#pragma once

#include <QtGlobal>

namespace plumbline {

struct ProportionInterval
{
    double low = 0;
    double high = 1;
};

// The Wilson score interval for `successes` of `trials` (value-reconciliation.md §3): stays in [0, 1] and is sound
// near 0 and 1, unlike the Wald interval. z = 1.96 is 95 %. For trials == 0: [0, 1].
ProportionInterval wilsonInterval(qint64 successes, qint64 trials, double z = 1.959963984540054);

} // namespace plumbline
