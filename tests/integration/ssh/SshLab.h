#pragma once

#include <ssh/CommandRunner.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

// The lab as lab.json describes it ($NBLAB_DIR), and endpoints for its hosts.
struct SshLab
{
    struct Host
    {
        QString name;
        QString address;
        QString role;
        QString hostKey; // "type base64"
    };

    QString dir;
    QString net;
    QString user;
    QString password;
    QString clientKey;
    QString encryptedKey;
    QString passphrase;
    QString knownHosts;
    QString sshConfig;
    QString inventory;
    QVector<Host> hosts;

    bool load()
    {
        dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("NBLAB_DIR"));
        QFile file(dir + QStringLiteral("/lab.json"));
        if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject lab = QJsonDocument::fromJson(file.readAll()).object();
        net = lab.value(QStringLiteral("net")).toString();
        user = lab.value(QStringLiteral("user")).toString();
        password = lab.value(QStringLiteral("password")).toString();
        clientKey = lab.value(QStringLiteral("client_key")).toString();
        encryptedKey = lab.value(QStringLiteral("client_key_encrypted")).toString();
        passphrase = lab.value(QStringLiteral("client_key_passphrase")).toString();
        knownHosts = lab.value(QStringLiteral("known_hosts")).toString();
        sshConfig = lab.value(QStringLiteral("ssh_config")).toString();
        inventory = lab.value(QStringLiteral("inventory")).toString();
        for (const auto &value : lab.value(QStringLiteral("hosts")).toArray()) {
            const QJsonObject host = value.toObject();
            hosts.append({host.value(QStringLiteral("name")).toString(), host.value(QStringLiteral("address")).toString(),
                          host.value(QStringLiteral("role")).toString(),
                          host.value(QStringLiteral("host_key_pub")).toString()});
        }
        return !hosts.isEmpty();
    }

    const Host &host(const QString &name) const
    {
        for (const Host &candidate : hosts) {
            if (candidate.name == name)
                return candidate;
        }
        return hosts.first();
    }

    QString sshdPidFile(const QString &name) const
    {
        return dir + QStringLiteral("/hosts/") + name + QStringLiteral("/ssh/sshd.pid");
    }

    // Key-file login to a lab host, strict known_hosts, no ssh_config surprises.
    nb::SshEndpoint endpoint(const QString &name, const QString &label = {}) const
    {
        nb::SshEndpoint endpoint;
        endpoint.label = label.isEmpty() ? name : label;
        endpoint.host = host(name).address;
        endpoint.user = user;
        endpoint.identityFile = clientKey;
        endpoint.knownHostsFile = knownHosts;
        endpoint.sshConfigFile = sshConfig;
        return endpoint;
    }
};
