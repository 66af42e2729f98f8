package main

import "fmt"

func main() {
	yes := true
	no := false
	also_no := false
	fmt.Println(yes || no && also_no)
	fmt.Println((yes || no) && also_no)
	fmt.Println(no && also_no || yes)
	fmt.Println(!no && yes)
}
