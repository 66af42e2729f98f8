package main

import "fmt"

func money(cents int) string {
	return fmt.Sprintf("$%d.%02d", cents/100, cents%100)
}

func main() {
	label := fmt.Sprintf("%s-%03d", "item", 7)
	total := money(12345)
	fmt.Println(label, total, label+"/"+total)
	padded := fmt.Sprintf("[%6.2f]", 3.14159)
	fmt.Println(padded)
}
