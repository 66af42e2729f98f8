package main

import "fmt"

func main() {
	ages := map[string]int{}
	ages["zoe"] = 31
	fmt.Println(ages)
}
