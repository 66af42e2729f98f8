package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Search struct {
	User_name string `form:"userName"`
	Page      int    `query:"page,omitempty"`
}

func (v Search) String() string {
	return "Search { user_name: " + lisette.FormatValue(v.User_name) + ", page: " + lisette.FormatValue(v.Page) + " }"
}

func main() {
	fmt.Println(Search{User_name: "a", Page: 2}.Page)
}
