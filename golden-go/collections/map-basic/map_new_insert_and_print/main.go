package main

import "fmt"

func main() {
	stock := map[string]int{}
	stock["pear"] = 3
	stock["apple"] = 5
	fmt.Println(stock, len(stock))
}
