package main

import "fmt"

func main() {
	stock := 50
	stock += 12
	fmt.Printf("after += 12: %v\n", stock)
	stock -= 7
	fmt.Printf("after -= 7: %v\n", stock)
	stock *= 3
	fmt.Printf("after *= 3: %v\n", stock)
	stock /= 4
	fmt.Printf("after /= 4: %v\n", stock)
	stock %= 6
	fmt.Printf("after %%= 6: %v\n", stock)
}
