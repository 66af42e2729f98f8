package main

import "fmt"

func main() {
	fmt.Println("\101\102\103")
	fmt.Println("\110\151")
	fmt.Println("caf\u00e9 \U0001f600")
	fmt.Println("\U0001f642 \u0041")
	fmt.Println("\060\1012")
}
