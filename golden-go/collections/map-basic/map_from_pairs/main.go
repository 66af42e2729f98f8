package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	codes := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "de", Second: "Germany"}, lisette.Tuple2[string, string]{First: "fr", Second: "France"}})
	fmt.Println(codes["fr"], len(codes))
	fmt.Println(codes)
}
