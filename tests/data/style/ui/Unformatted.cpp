namespace plumbline {
int   answer( ) { int x=42 ;return x; }
}
