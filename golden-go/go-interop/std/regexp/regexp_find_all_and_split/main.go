package main

import (
	"fmt"
	"regexp"
)

func main() {
	num := regexp.MustCompile("-?\\d+")
	text := "x=10, y=-4, z=7, w=123"
	fmt.Println(num.FindAllString(text, -1))
	fmt.Println(num.FindAllString(text, 2))
	fmt.Println(num.FindAllStringIndex("a1b22", -1))
	none := num.FindAllString("no digits", -1)
	fmt.Println(none, len(none))
	sep := regexp.MustCompile("\\s*[,;]\\s*")
	fmt.Println(sep.Split("a , b;c ;  d", -1))
	fmt.Println(num.FindString("abc"), len(num.FindStringIndex("abc")))
	fmt.Println(regexp.QuoteMeta("1+1=2?"))
}
