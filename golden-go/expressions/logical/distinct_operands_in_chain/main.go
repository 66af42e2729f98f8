package main

import "fmt"

func main() {
	day := 3
	weekday := day != 6 && day != 7
	weekend := day == 6 || day == 7
	ready := true
	armed := day > 2
	fmt.Println(weekday, weekend, ready && armed)
}
