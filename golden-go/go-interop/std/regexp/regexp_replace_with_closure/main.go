package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	price := regexp.MustCompile("\\$(\\d+)")
	doubled := price.ReplaceAllStringFunc("tea $3, cake $12, free $0", func(m string) string {
		n := lisette.ResultOf(strconv.Atoi(m[1:])).UnwrapOr(0)
		return "$" + strconv.Itoa(n*2)
	})
	fmt.Println(doubled)
	date := regexp.MustCompile("(\\d{4})-(\\d{2})-(\\d{2})")
	fmt.Println(date.ReplaceAllString("from 2024-01-15 to 2024-02-01", "$3/$2/$1"))
	fmt.Println(date.ReplaceAllLiteralString("on 2024-01-15", "$1"))
	words := regexp.MustCompile("[a-z]+")
	fmt.Println(words.ReplaceAllStringFunc("hello big world", strings.ToUpper))
}
