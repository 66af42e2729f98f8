package main

import "fmt"

func main() {
	balance := 100
	balance -= 130
	balance /= 4
	balance %= 4
	balance *= 5
	var tiny uint8 = 250
	tiny += 10
	label := "total"
	label += ": "
	label += "done"
	ratio := 1.0
	ratio /= 4.0
	fmt.Println(balance, tiny, label, ratio)
}
