package main

import "fmt"

func main() {
	unit := "kg"
	show := func(n int) string {
		return fmt.Sprintf("%v %v", n, unit)
	}
	unit2 := "lb"
	fmt.Println(show(3))
	fmt.Println(unit2)
}
