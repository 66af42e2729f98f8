package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Document struct {
	Created_at int    `firestore:"createdAt"`
	Owner_id   string `firestore:"ownerId,omitempty"`
}

func (v Document) String() string {
	return "Document { created_at: " + lisette.FormatValue(v.Created_at) + ", owner_id: " + lisette.FormatValue(v.Owner_id) + " }"
}

func main() {
	fmt.Println(Document{Created_at: 1, Owner_id: "o"})
}
