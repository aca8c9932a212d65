#include "app/cli.h"

int main(int argc, char **argv)
{
    return credsync::app::run(argc, argv);
}
