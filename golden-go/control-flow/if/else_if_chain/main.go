package main

import "fmt"

func describe_temperature(celsius int) string {
	if celsius < 0 {
		return "freezing"
	} else if celsius < 10 {
		return "cold"
	} else if celsius < 20 {
		return "mild"
	} else if celsius < 30 {
		return "warm"
	} else {
		return "hot"
	}
}

func main() {
	fmt.Println(describe_temperature(-5))
	fmt.Println(describe_temperature(0))
	fmt.Println(describe_temperature(15))
	fmt.Println(describe_temperature(29))
	fmt.Println(describe_temperature(35))
}
