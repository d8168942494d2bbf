namespace plumbline {

int answer()
{
    return 42;
}

} // namespace plumbline
