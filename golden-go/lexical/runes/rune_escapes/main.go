package main

import "fmt"

func main() {
	newline := '\n'
	quote := '\''
	double_quote := '"'
	backslash := '\\'
	tab := '\t'
	fmt.Println(newline, quote, double_quote, backslash, tab)
	fmt.Println('A', 'B', '€', '😀', '\x00')
}
