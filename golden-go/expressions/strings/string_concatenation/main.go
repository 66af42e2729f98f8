package main

import "fmt"

func greet(name string) string {
	return "Hello, " + name + "!"
}

func main() {
	first := "Ada"
	last := "Lovelace"
	full := first + " " + last
	log := ""
	log += "start;"
	log += "end"
	fmt.Println(full, greet(first), log)
	fmt.Println(""+"" == "", "abc"+"def" == "abcdef", "é"+"t"+"é")
}
