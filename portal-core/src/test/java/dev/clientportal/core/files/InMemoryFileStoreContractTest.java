package dev.clientportal.core.files;

import dev.clientportal.core.contract.FileStoreContract;
import dev.clientportal.core.memory.InMemoryStores;

class InMemoryFileStoreContractTest extends FileStoreContract {

    @Override
    protected FileStore newFileStore() {
        return InMemoryStores.create().fileStore();
    }
}
