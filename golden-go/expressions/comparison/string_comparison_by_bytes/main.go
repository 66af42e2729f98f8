package main

import "fmt"

func main() {
	fmt.Println("apple" < "banana", "Zebra" < "apple", "app" < "apple")
	fmt.Println("z" < "é", "abc" == "abc", "abc" != "ABC", "b" >= "abc")
	first := "Ångström"
	second := "Zulu"
	fmt.Println(first > second, first == "Ångström")
}
