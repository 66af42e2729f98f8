package main

import "fmt"

func main() {
	city := "東京"
	bytes := []byte(city)
	runes := []rune(city)
	fmt.Println(len(bytes), len(runes), len(city))
	fmt.Println(runes)
	first := string([]rune{runes[0]})
	fmt.Println(first)
}
