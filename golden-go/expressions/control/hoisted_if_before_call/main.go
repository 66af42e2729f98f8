package main

import "fmt"

func main() {
	temperature := 31
	var feel string
	if temperature > 30 {
		feel = "hot"
	} else {
		feel = "mild"
	}
	fmt.Println(feel)
	member := true
	var bonus int
	if member {
		bonus = 10
	} else {
		bonus = 0
	}
	total := 100 + bonus
	fmt.Printf("total %v, bonus %v\n", total, bonus)
}
