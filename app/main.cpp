// The composition root: parse the command line, then hand over to the window or the headless runner.
#include "CommandLine.h"
#include "HeadlessRunner.h"

#include <GuiMain.h>

int main(int argc, char** argv)
{
    const plumbline::CommandLineOptions options = plumbline::CommandLine::parse(argc, argv);
    if (options.needsGui())
        return plumbline::runGui(argc, argv, options);
    return plumbline::runHeadless(argc, argv, options);
}
