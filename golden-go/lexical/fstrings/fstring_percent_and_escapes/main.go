package main

import "fmt"

func main() {
	done := 75
	fmt.Printf("%v%% done\n", done)
	fmt.Printf("col\t%v\t\"quoted\" 100%%d\n", done)
	pct := fmt.Sprintf("%v%%", done)
	fmt.Println(pct)
}
