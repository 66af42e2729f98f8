package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Stamp struct {
	Created_at int `json:"createdAt"`
	Updated_at int `json:"updated_at"`
}

func (v Stamp) String() string {
	return "Stamp { created_at: " + lisette.FormatValue(v.Created_at) + ", updated_at: " + lisette.FormatValue(v.Updated_at) + " }"
}

func main() {
	fmt.Println(Stamp{Created_at: 1, Updated_at: 2})
}
