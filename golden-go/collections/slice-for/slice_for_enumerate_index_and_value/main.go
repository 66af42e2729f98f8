package main

import "fmt"

func main() {
	podium := []string{"gold", "silver", "bronze"}
	for i, medal := range podium {
		fmt.Printf("%v. %v\n", i+1, medal)
	}
}
