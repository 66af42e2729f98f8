package disk

import lisette "lisette.dev/prelude"

type Block struct {
	Id   int
	Copy int
}

func (v Block) String() string {
	return "Block { id: " + lisette.FormatValue(v.Id) + ", copy: " + lisette.FormatValue(v.Copy) + " }"
}

func Copy_of(id int) Block {
	return Block{Id: id, Copy: 2}
}
